// DiffQAS-QLSTM derived circuit, update gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.173739142463) q[0];
rx(pi*0.004527471526) q[1];
rx(pi*0.003927654925) q[2];
rx(pi*-0.000228113014) q[3];
rx(pi*-0.001136782638) q[4];
rx(pi*0.006149093022) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.014460526701) q[0];
rx(pi*-0.001915358466) q[1];
rx(pi*0.000640690346) q[2];
rx(pi*0.007516462506) q[3];
rx(pi*0.002305691771) q[4];
rx(pi*0.003323307989) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.16725708424) q[0];
rx(pi*0.000678391049) q[1];
rx(pi*0.004188365677) q[2];
rx(pi*-0.000935007911) q[3];
rx(pi*0.004578326493) q[4];
rx(pi*0.001894642004) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.017205304623) q[0];
rx(pi*0.007889529573) q[1];
rx(pi*-0.001239470115) q[2];
rx(pi*-0.001070721013) q[3];
rx(pi*0.000794264067) q[4];
rx(pi*0.001117781061) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.169030580804) q[0];
rx(pi*0.006488865289) q[1];
rx(pi*0.001146720949) q[2];
rx(pi*-0.000131720571) q[3];
rx(pi*0.002429009147) q[4];
rx(pi*-0.000830471777) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
