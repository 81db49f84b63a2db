// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.136495314956) q[0];
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
rx(pi*-0.162117518672) q[0];
rx(pi*-0.187205695212) q[1];
rx(pi*0.020501569332) q[2];
rx(pi*-0.007302798536) q[3];
rx(pi*0.054084743849) q[4];
rx(pi*0.000926473362) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.177211307073) q[0];
rx(pi*-0.05483136416) q[1];
rx(pi*0.018928025371) q[2];
rx(pi*0.045663803622) q[3];
rx(pi*0.062823562978) q[4];
rx(pi*0.003030627268) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.142481047345) q[0];
rx(pi*-0.102136191878) q[1];
rx(pi*0.048208177154) q[2];
rx(pi*-0.001108938945) q[3];
rx(pi*0.05126698251) q[4];
rx(pi*-0.000235428139) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.03160731937) q[0];
rx(pi*-0.058904571187) q[1];
rx(pi*0.018494411523) q[2];
rx(pi*0.043938668592) q[3];
rx(pi*0.065055113846) q[4];
rx(pi*0.000719564802) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.347116816136) q[0];
rx(pi*-0.099132094439) q[1];
rx(pi*0.021616182685) q[2];
rx(pi*0.003403836038) q[3];
rx(pi*0.05855459514) q[4];
rx(pi*-0.003160931507) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
