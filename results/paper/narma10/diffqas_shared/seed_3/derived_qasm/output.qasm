// DiffQAS-QLSTM derived circuit, output gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.006048401093) q[0];
ry(pi*-0.000446320401) q[1];
ry(pi*-0.006114865) q[2];
ry(pi*-0.000270270126) q[3];
ry(pi*0.000387316638) q[4];
ry(pi*-2.7883165e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000883339561) q[0];
ry(pi*-0.001184188791) q[1];
ry(pi*-0.002766917637) q[2];
ry(pi*-0.001632684091) q[3];
ry(pi*0.000535481198) q[4];
ry(pi*0.005797374447) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001566408133) q[0];
ry(pi*-0.000580171543) q[1];
ry(pi*-0.006078582584) q[2];
ry(pi*2.3238392e-05) q[3];
ry(pi*-0.002566369765) q[4];
ry(pi*-0.185220121275) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002535591818) q[0];
ry(pi*0.000945351542) q[1];
ry(pi*-0.001007482992) q[2];
ry(pi*-0.000667127981) q[3];
ry(pi*0.00102483646) q[4];
ry(pi*-4.983559e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.0318966348) q[0];
ry(pi*0.033059965426) q[1];
ry(pi*0.00200353357) q[2];
ry(pi*-0.002820616738) q[3];
ry(pi*0.000690084413) q[4];
ry(pi*-0.004277884733) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
