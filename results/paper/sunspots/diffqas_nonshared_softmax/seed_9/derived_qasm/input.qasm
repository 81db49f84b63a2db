// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.138235523653) q[0];
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
rz(pi*-0.005340241507) q[0];
rz(pi*-0.003286182769) q[1];
rz(pi*-0.001185179227) q[2];
rz(pi*0.003601733061) q[3];
rz(pi*-0.001331167851) q[4];
rz(pi*-0.001834443403) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001067362688) q[0];
rz(pi*0.007368137715) q[1];
rz(pi*0.001480479818) q[2];
rz(pi*-0.001162971478) q[3];
rz(pi*-0.004459332384) q[4];
rz(pi*-0.000267887267) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000490381754) q[0];
rz(pi*-0.000387851766) q[1];
rz(pi*0.000972344945) q[2];
rz(pi*0.000761325376) q[3];
rz(pi*-0.005474530615) q[4];
rz(pi*-0.006351433226) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001010492174) q[0];
rz(pi*0.000619959988) q[1];
rz(pi*-0.001464873843) q[2];
rz(pi*-0.009354456925) q[3];
rz(pi*0.002217391566) q[4];
rz(pi*0.003288700215) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002684349425) q[0];
rz(pi*0.003846580224) q[1];
rz(pi*0.001332412493) q[2];
rz(pi*-0.001792401721) q[3];
rz(pi*-0.003628518431) q[4];
rz(pi*-0.00278383362) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
