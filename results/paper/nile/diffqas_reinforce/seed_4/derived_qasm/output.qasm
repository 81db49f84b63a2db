// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.063383369021) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002477933045) q[0];
rz(pi*-0.003798155843) q[1];
rz(pi*-1.1332054e-05) q[2];
rz(pi*-0.00223609825) q[3];
rz(pi*0.00398115007) q[4];
rz(pi*0.000486709712) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000526067973) q[0];
rz(pi*0.003620667864) q[1];
rz(pi*0.001649246559) q[2];
rz(pi*-0.000119123815) q[3];
rz(pi*-0.000289287675) q[4];
rz(pi*-0.000384769324) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.003427586361) q[0];
rz(pi*0.002492536131) q[1];
rz(pi*0.001164771443) q[2];
rz(pi*0.002542555409) q[3];
rz(pi*-0.001733263814) q[4];
rz(pi*0.001626360534) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.004496231711) q[0];
rz(pi*0.004288561943) q[1];
rz(pi*0.000286692021) q[2];
rz(pi*0.000583687652) q[3];
rz(pi*0.001907995706) q[4];
rz(pi*-3.086517e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.00080856522) q[0];
rz(pi*0.00378744632) q[1];
rz(pi*0.000368376537) q[2];
rz(pi*-0.002915531466) q[3];
rz(pi*0.001399123045) q[4];
rz(pi*-0.005427577215) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
