// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.026303643375) q[0];
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
rz(pi*0.007101905597) q[0];
rz(pi*0.003755184645) q[1];
rz(pi*-0.000304246408) q[2];
rz(pi*-0.004517010723) q[3];
rz(pi*0.001066824263) q[4];
rz(pi*0.002464542287) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000469086698) q[0];
rz(pi*-0.003400450588) q[1];
rz(pi*0.003467541189) q[2];
rz(pi*-0.001563255989) q[3];
rz(pi*0.005292246384) q[4];
rz(pi*-0.000929761946) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002029834245) q[0];
rz(pi*-0.000192300823) q[1];
rz(pi*0.002114211983) q[2];
rz(pi*0.002558529277) q[3];
rz(pi*-0.005904570471) q[4];
rz(pi*-0.001365916142) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001006383759) q[0];
rz(pi*-0.001104125203) q[1];
rz(pi*0.00053235214) q[2];
rz(pi*0.004377801744) q[3];
rz(pi*-0.002480823869) q[4];
rz(pi*0.002474970035) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000532237377) q[0];
rz(pi*-0.001505438171) q[1];
rz(pi*-0.004039729911) q[2];
rz(pi*-0.001772596099) q[3];
rz(pi*-0.002813159856) q[4];
rz(pi*0.002095757577) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
