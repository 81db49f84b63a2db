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
rx(pi*0.04887242728) q[0];
rx(pi*0.099258358075) q[1];
rx(pi*-0.001408141326) q[2];
rx(pi*-0.006448414798) q[3];
rx(pi*0.003042439879) q[4];
rx(pi*-0.002712956771) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.175843409909) q[0];
rx(pi*0.09810380946) q[1];
rx(pi*-0.004248983309) q[2];
rx(pi*0.001820477978) q[3];
rx(pi*-0.002633763633) q[4];
rx(pi*-0.006029322809) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.051412939858) q[0];
rx(pi*0.095151545569) q[1];
rx(pi*-0.001406509669) q[2];
rx(pi*0.00062345568) q[3];
rx(pi*-0.005203590291) q[4];
rx(pi*-0.000394180548) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.17725113087) q[0];
rx(pi*0.100553722424) q[1];
rx(pi*-0.002964274826) q[2];
rx(pi*0.005622005783) q[3];
rx(pi*0.001039671889) q[4];
rx(pi*0.001296363827) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.049578555004) q[0];
rx(pi*0.094041715719) q[1];
rx(pi*-0.002724183894) q[2];
rx(pi*-0.003722371574) q[3];
rx(pi*-0.003933189335) q[4];
rx(pi*0.002878191023) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
