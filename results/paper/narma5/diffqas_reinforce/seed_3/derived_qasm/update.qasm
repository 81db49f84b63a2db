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
rz(pi*0.003905383588) q[0];
rz(pi*-0.001930961772) q[1];
rz(pi*0.002477661349) q[2];
rz(pi*-0.003267546787) q[3];
rz(pi*0.000431521398) q[4];
rz(pi*0.002130919859) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000436787188) q[0];
rz(pi*0.000624966608) q[1];
rz(pi*-0.004509151855) q[2];
rz(pi*-0.002141838972) q[3];
rz(pi*0.000406895143) q[4];
rz(pi*-0.003905045339) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002793354975) q[0];
rz(pi*0.007679077334) q[1];
rz(pi*0.000743798114) q[2];
rz(pi*-0.00271179884) q[3];
rz(pi*-0.003382438336) q[4];
rz(pi*0.004296936336) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.009048403975) q[0];
rz(pi*-0.001297793009) q[1];
rz(pi*0.001730238551) q[2];
rz(pi*-0.002086993946) q[3];
rz(pi*0.001353112057) q[4];
rz(pi*-0.003671500894) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000389716024) q[0];
rz(pi*-0.000220975815) q[1];
rz(pi*-0.000322191903) q[2];
rz(pi*9.312385e-05) q[3];
rz(pi*-0.000255559576) q[4];
rz(pi*0.003187172299) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
