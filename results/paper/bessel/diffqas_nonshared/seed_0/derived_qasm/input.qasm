// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


h q[0];
h q[1];
h q[2];
h q[3];
h q[4];
h q[5];
ry(pi*-0.026303643375) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.102783542029) q[0];
ry(pi*-0.130229509357) q[1];
ry(pi*-0.009561845659) q[2];
ry(pi*0.269730336467) q[3];
ry(pi*-0.189756676004) q[4];
ry(pi*0.229949341575) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.371454867151) q[0];
ry(pi*0.288454237603) q[1];
ry(pi*0.12250097007) q[2];
ry(pi*-0.137207306504) q[3];
ry(pi*-0.094129417246) q[4];
ry(pi*0.092902449652) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.089265193678) q[0];
ry(pi*-0.091922374425) q[1];
ry(pi*-0.492366290933) q[2];
ry(pi*-0.033936041537) q[3];
ry(pi*-0.498001462617) q[4];
ry(pi*-0.033617477245) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.167754682494) q[0];
ry(pi*-0.048192894605) q[1];
ry(pi*-0.075729205415) q[2];
ry(pi*-0.15480327779) q[3];
ry(pi*0.199345066315) q[4];
ry(pi*0.003119337908) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.035505268012) q[0];
ry(pi*-0.291267801222) q[1];
ry(pi*-0.33648464011) q[2];
ry(pi*-0.22075457886) q[3];
ry(pi*-0.037013739006) q[4];
ry(pi*-0.00294912568) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
