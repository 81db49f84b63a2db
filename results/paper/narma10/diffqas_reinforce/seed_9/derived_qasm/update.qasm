// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.030359911972) q[0];
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
rx(pi*-0.313154762962) q[0];
rx(pi*-8.062043e-05) q[1];
rx(pi*-0.001618965312) q[2];
rx(pi*-0.002007356578) q[3];
rx(pi*0.001638871134) q[4];
rx(pi*-0.001993806183) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.031136947009) q[0];
rx(pi*0.003343485506) q[1];
rx(pi*0.000174076461) q[2];
rx(pi*-0.000841871804) q[3];
rx(pi*0.000130546196) q[4];
rx(pi*0.004268694512) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.308340029807) q[0];
rx(pi*0.001718144165) q[1];
rx(pi*-0.001833430881) q[2];
rx(pi*0.000721192826) q[3];
rx(pi*-0.006601245616) q[4];
rx(pi*0.002529140787) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.037382144706) q[0];
rx(pi*-0.007252444864) q[1];
rx(pi*0.001993117235) q[2];
rx(pi*0.001728127388) q[3];
rx(pi*0.001908814054) q[4];
rx(pi*0.001800990743) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.306296133643) q[0];
rx(pi*0.002270904497) q[1];
rx(pi*-0.00061243722) q[2];
rx(pi*-0.004793159362) q[3];
rx(pi*-0.001532550524) q[4];
rx(pi*-0.000434517944) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
