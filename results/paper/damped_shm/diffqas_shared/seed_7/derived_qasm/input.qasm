// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
rz(pi*0.025844131443) q[0];
rz(pi*-0.212489120299) q[1];
rz(pi*0.02285157655) q[2];
rz(pi*0.009183698639) q[3];
rz(pi*0.026845420574) q[4];
rz(pi*-0.12402610388) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.154654844498) q[0];
rz(pi*-0.089085483812) q[1];
rz(pi*0.191766876567) q[2];
rz(pi*0.16178648217) q[3];
rz(pi*-0.40578609205) q[4];
rz(pi*-0.02621608979) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001469097799) q[0];
rz(pi*0.069424034863) q[1];
rz(pi*0.003885889386) q[2];
rz(pi*0.496820484964) q[3];
rz(pi*-0.040355513408) q[4];
rz(pi*0.333126691441) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.173792095401) q[0];
rz(pi*-0.151021193346) q[1];
rz(pi*-0.038977655552) q[2];
rz(pi*0.123158489614) q[3];
rz(pi*0.149877592006) q[4];
rz(pi*0.001125069116) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.146061736071) q[0];
rz(pi*0.033417369304) q[1];
rz(pi*-0.025084457882) q[2];
rz(pi*0.02986195702) q[3];
rz(pi*-0.013927309485) q[4];
rz(pi*-0.002150711547) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
