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
rx(pi*-0.003797574803) q[0];
rx(pi*0.007400525381) q[1];
rx(pi*-0.004897599892) q[2];
rx(pi*0.002766239065) q[3];
rx(pi*0.001812952467) q[4];
rx(pi*-0.000741607577) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.005437334543) q[0];
rx(pi*-0.000964599543) q[1];
rx(pi*0.00413071639) q[2];
rx(pi*0.002748194203) q[3];
rx(pi*0.002738226396) q[4];
rx(pi*0.004750190536) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000886917184) q[0];
rx(pi*0.000339410117) q[1];
rx(pi*0.002779668806) q[2];
rx(pi*0.002236302504) q[3];
rx(pi*0.004385462288) q[4];
rx(pi*0.001520508017) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001111924559) q[0];
rx(pi*0.003732029592) q[1];
rx(pi*2.5760644e-05) q[2];
rx(pi*-0.003435459755) q[3];
rx(pi*-0.000111232032) q[4];
rx(pi*0.000316570412) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002906083927) q[0];
rx(pi*0.002591635239) q[1];
rx(pi*-0.001591633142) q[2];
rx(pi*0.00075328056) q[3];
rx(pi*-0.000948961478) q[4];
rx(pi*-0.001571968779) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
