// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.136495314956) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.041150139513) q[0];
rz(pi*-0.009364235005) q[1];
rz(pi*0.009936141211) q[2];
rz(pi*0.015128593907) q[3];
rz(pi*-0.035010323572) q[4];
rz(pi*-0.00146704148) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.027917385562) q[0];
rz(pi*-0.027155473217) q[1];
rz(pi*0.003204444021) q[2];
rz(pi*-0.018634664003) q[3];
rz(pi*-0.021794113856) q[4];
rz(pi*0.001746676658) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.032989808948) q[0];
rz(pi*-0.000884548629) q[1];
rz(pi*-0.024306957053) q[2];
rz(pi*-0.001627613624) q[3];
rz(pi*0.030897646114) q[4];
rz(pi*0.004247338313) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.039982698916) q[0];
rz(pi*-0.003204772487) q[1];
rz(pi*0.001540620463) q[2];
rz(pi*-7.5145356e-05) q[3];
rz(pi*0.007614405759) q[4];
rz(pi*-0.047316908615) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.015903936586) q[0];
rz(pi*-0.000358394611) q[1];
rz(pi*0.03117665697) q[2];
rz(pi*-0.013324783636) q[3];
rz(pi*0.003807931551) q[4];
rz(pi*-0.000999171076) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
