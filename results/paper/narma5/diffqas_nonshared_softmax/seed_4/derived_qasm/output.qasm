// DiffQAS-QLSTM derived circuit, output gate
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
rx(pi*0.002259826636) q[0];
rx(pi*0.004938987162) q[1];
rx(pi*0.002601427549) q[2];
rx(pi*-0.005219951322) q[3];
rx(pi*-0.00022772637) q[4];
rx(pi*-0.00239322521) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000488113177) q[0];
rx(pi*-0.005056939845) q[1];
rx(pi*0.000272763801) q[2];
rx(pi*-0.000681042342) q[3];
rx(pi*0.001945435755) q[4];
rx(pi*-0.002779051005) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000804945872) q[0];
rx(pi*-0.006501793438) q[1];
rx(pi*-0.0002778107) q[2];
rx(pi*-5.1752306e-05) q[3];
rx(pi*-0.003985289093) q[4];
rx(pi*0.000207486451) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.00392051969) q[0];
rx(pi*0.001793860695) q[1];
rx(pi*-0.002586117134) q[2];
rx(pi*-0.001279632532) q[3];
rx(pi*0.005355176024) q[4];
rx(pi*0.001946646454) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.004890002788) q[0];
rx(pi*0.003498521907) q[1];
rx(pi*-0.000117113973) q[2];
rx(pi*0.004982266668) q[3];
rx(pi*0.001073357854) q[4];
rx(pi*0.000202090612) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
