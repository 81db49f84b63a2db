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
rz(pi*0.030359911972) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.088238293709) q[0];
rx(pi*0.001566547612) q[1];
rx(pi*0.003030927571) q[2];
rx(pi*0.006689430948) q[3];
rx(pi*-0.002958439521) q[4];
rx(pi*-0.003084433981) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.101996704236) q[0];
rx(pi*0.001797443877) q[1];
rx(pi*-0.002500170291) q[2];
rx(pi*0.009640727822) q[3];
rx(pi*0.000785727442) q[4];
rx(pi*-0.001256051037) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.108425524929) q[0];
rx(pi*-0.000290371159) q[1];
rx(pi*-0.003887756423) q[2];
rx(pi*0.005503455754) q[3];
rx(pi*0.002647850305) q[4];
rx(pi*0.002288437984) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.09527094107) q[0];
rx(pi*-0.000855920828) q[1];
rx(pi*-0.003505766532) q[2];
rx(pi*0.001935283409) q[3];
rx(pi*-0.003132878817) q[4];
rx(pi*0.000390090921) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.105811639993) q[0];
rx(pi*-0.006131558646) q[1];
rx(pi*-0.003086559225) q[2];
rx(pi*0.005921631122) q[3];
rx(pi*-0.00355091426) q[4];
rx(pi*0.001169681235) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
