// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*-2.5302558e-05) q[0];
rz(pi*0.003332807703) q[1];
rz(pi*-0.000780871827) q[2];
rz(pi*0.001379566441) q[3];
rz(pi*4.871838e-05) q[4];
rz(pi*0.003184237748) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001614371091) q[0];
rz(pi*0.002768114402) q[1];
rz(pi*-0.006546592838) q[2];
rz(pi*-0.002015398207) q[3];
rz(pi*-0.00056181389) q[4];
rz(pi*-0.001679658391) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002158410629) q[0];
rz(pi*-0.002027346147) q[1];
rz(pi*0.002714034067) q[2];
rz(pi*0.004064526995) q[3];
rz(pi*0.002318974028) q[4];
rz(pi*0.001978548684) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*8.0219575e-05) q[0];
rz(pi*-0.000582011047) q[1];
rz(pi*-7.2301223e-05) q[2];
rz(pi*-0.007672055638) q[3];
rz(pi*-0.003027557241) q[4];
rz(pi*-0.008515830054) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002517611878) q[0];
rz(pi*-0.005069528856) q[1];
rz(pi*0.003520714093) q[2];
rz(pi*-0.002354473225) q[3];
rz(pi*0.002300256079) q[4];
rz(pi*-0.002086471602) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
