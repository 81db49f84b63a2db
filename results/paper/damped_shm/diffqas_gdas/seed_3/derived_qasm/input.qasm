// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*-0.136495314956) q[0];
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
rz(pi*0.000838241562) q[0];
rz(pi*0.004642497069) q[1];
rz(pi*-0.000122014982) q[2];
rz(pi*0.001332923126) q[3];
rz(pi*0.008295600327) q[4];
rz(pi*1.370603e-06) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00022545544) q[0];
rz(pi*-0.003084607107) q[1];
rz(pi*-0.001981632794) q[2];
rz(pi*0.004841834539) q[3];
rz(pi*-0.000331497814) q[4];
rz(pi*-0.003667301988) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002857418236) q[0];
rz(pi*0.000124398544) q[1];
rz(pi*0.002539440617) q[2];
rz(pi*-0.002267465242) q[3];
rz(pi*0.002369438128) q[4];
rz(pi*-0.001458939375) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001224831158) q[0];
rz(pi*0.001741658069) q[1];
rz(pi*0.00201735077) q[2];
rz(pi*-0.001294749365) q[3];
rz(pi*-0.000463105502) q[4];
rz(pi*0.001681968916) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004052890179) q[0];
rz(pi*0.000608265402) q[1];
rz(pi*0.00168959937) q[2];
rz(pi*0.00337165559) q[3];
rz(pi*-7.440018e-05) q[4];
rz(pi*-0.000547507141) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
