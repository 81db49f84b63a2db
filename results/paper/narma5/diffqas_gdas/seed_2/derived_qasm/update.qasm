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
rx(pi*0.044693020297) q[0];
rx(pi*-0.09436383503) q[1];
rx(pi*0.00165980682) q[2];
rx(pi*-0.003286842368) q[3];
rx(pi*0.01127685932) q[4];
rx(pi*-0.000746953075) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.18480019745) q[0];
rx(pi*-0.092293130374) q[1];
rx(pi*-0.004377109239) q[2];
rx(pi*-0.004985293414) q[3];
rx(pi*-0.001355204395) q[4];
rx(pi*-0.002300185672) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.044560827678) q[0];
rx(pi*-0.096447668827) q[1];
rx(pi*0.007454273989) q[2];
rx(pi*0.006755939915) q[3];
rx(pi*-0.005793020201) q[4];
rx(pi*0.001502504806) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.183274807508) q[0];
rx(pi*-0.093867830487) q[1];
rx(pi*-0.000763470704) q[2];
rx(pi*0.003434113579) q[3];
rx(pi*0.001676489942) q[4];
rx(pi*-0.003920670286) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.049371263506) q[0];
rx(pi*-0.094371613856) q[1];
rx(pi*0.005871673506) q[2];
rx(pi*-0.003120352653) q[3];
rx(pi*-0.00737977216) q[4];
rx(pi*0.000252956067) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
