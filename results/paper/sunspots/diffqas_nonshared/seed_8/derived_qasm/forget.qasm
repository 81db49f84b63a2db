// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
rx(pi*0.036218425139) q[0];
rx(pi*-0.003944642649) q[1];
rx(pi*-0.000291386868) q[2];
rx(pi*0.004179090079) q[3];
rx(pi*-0.060734976508) q[4];
rx(pi*0.00605439826) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.032410307714) q[0];
rx(pi*0.010787924498) q[1];
rx(pi*-0.004441093645) q[2];
rx(pi*0.006813851856) q[3];
rx(pi*0.048168476679) q[4];
rx(pi*-0.075093902959) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.008654583687) q[0];
rx(pi*0.002413942265) q[1];
rx(pi*0.007187662417) q[2];
rx(pi*0.016071669905) q[3];
rx(pi*0.002939625966) q[4];
rx(pi*0.023525668789) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.042905218282) q[0];
rx(pi*-0.064653901894) q[1];
rx(pi*0.036792260636) q[2];
rx(pi*0.000307033808) q[3];
rx(pi*-0.00071300112) q[4];
rx(pi*0.015375480344) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.000982885344) q[0];
rx(pi*0.005255095965) q[1];
rx(pi*0.000884607548) q[2];
rx(pi*-0.006712685607) q[3];
rx(pi*-0.069144708585) q[4];
rx(pi*-4.5245015e-05) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
