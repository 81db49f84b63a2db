// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.316916735344) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.496159474434) q[0];
ry(pi*7.4226591e-05) q[1];
ry(pi*1.5696552e-05) q[2];
ry(pi*0.020300365714) q[3];
ry(pi*0.503198249993) q[4];
ry(pi*-0.009599667831) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-1.3814963e-05) q[0];
ry(pi*-0.002391950924) q[1];
ry(pi*-0.000153942624) q[2];
ry(pi*0.003422462533) q[3];
ry(pi*-0.030813584984) q[4];
ry(pi*-0.007575358658) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.001296276671) q[0];
ry(pi*0.000376298104) q[1];
ry(pi*2.2334847e-05) q[2];
ry(pi*-0.005670057231) q[3];
ry(pi*-0.256909502212) q[4];
ry(pi*-0.103031933242) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.801352703282) q[0];
ry(pi*-0.46676492054) q[1];
ry(pi*-9.6238762e-05) q[2];
ry(pi*-0.00018475369) q[3];
ry(pi*0.000406304319) q[4];
ry(pi*0.001090050982) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.437174416108) q[0];
ry(pi*-1.228565e-05) q[1];
ry(pi*0.000198606334) q[2];
ry(pi*-0.005485079463) q[3];
ry(pi*-0.243329018113) q[4];
ry(pi*-0.000787414238) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
