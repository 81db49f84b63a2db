// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*0.001564643668) q[0];
rz(pi*-0.000446469219) q[1];
rz(pi*0.001963045133) q[2];
rz(pi*0.005181006793) q[3];
rz(pi*-0.003668198747) q[4];
rz(pi*0.002310521373) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001293669104) q[0];
rz(pi*-0.002605350757) q[1];
rz(pi*0.005633782523) q[2];
rz(pi*0.001770596549) q[3];
rz(pi*0.002078685957) q[4];
rz(pi*-0.002815805368) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002742848335) q[0];
rz(pi*-0.00298998201) q[1];
rz(pi*-0.000809277365) q[2];
rz(pi*0.003178034549) q[3];
rz(pi*-0.003185448447) q[4];
rz(pi*-0.000611526936) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000765396957) q[0];
rz(pi*0.003745831377) q[1];
rz(pi*0.000198233401) q[2];
rz(pi*-0.003779655043) q[3];
rz(pi*-0.001441695371) q[4];
rz(pi*-0.00434277242) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000913284856) q[0];
rz(pi*0.001100633995) q[1];
rz(pi*0.004304500237) q[2];
rz(pi*0.00219071025) q[3];
rz(pi*0.001188387697) q[4];
rz(pi*0.00453169059) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
