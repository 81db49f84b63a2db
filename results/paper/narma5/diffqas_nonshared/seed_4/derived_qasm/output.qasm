// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002477911997) q[0];
rz(pi*-0.003797784985) q[1];
rz(pi*-1.1310485e-05) q[2];
rz(pi*-0.002236168509) q[3];
rz(pi*0.003981097302) q[4];
rz(pi*0.000487081126) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000525973851) q[0];
rz(pi*0.003620572703) q[1];
rz(pi*0.001649208168) q[2];
rz(pi*-0.000118830571) q[3];
rz(pi*-0.000288777504) q[4];
rz(pi*-0.000384987363) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003427316888) q[0];
rz(pi*0.002492642557) q[1];
rz(pi*0.001164757436) q[2];
rz(pi*0.002542756698) q[3];
rz(pi*-0.001733299981) q[4];
rz(pi*0.00162664053) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004495592566) q[0];
rz(pi*0.004288499689) q[1];
rz(pi*0.000286634454) q[2];
rz(pi*0.000583758948) q[3];
rz(pi*0.001907898915) q[4];
rz(pi*-3.090395e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000808848996) q[0];
rz(pi*0.00378720501) q[1];
rz(pi*0.000368447759) q[2];
rz(pi*-0.002915309722) q[3];
rz(pi*0.001399160101) q[4];
rz(pi*-0.005427567728) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
