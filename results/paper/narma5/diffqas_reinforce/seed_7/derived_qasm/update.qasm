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
rx(pi*0.030137301392) q[0];
rx(pi*0.100311630164) q[1];
rx(pi*0.003325724939) q[2];
rx(pi*0.001673937663) q[3];
rx(pi*-0.001885272283) q[4];
rx(pi*0.002260064981) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.207673059052) q[0];
rx(pi*0.095154922718) q[1];
rx(pi*0.006273699507) q[2];
rx(pi*-0.001112245688) q[3];
rx(pi*-0.001938648403) q[4];
rx(pi*0.001078296031) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.024339964891) q[0];
rx(pi*0.096602040589) q[1];
rx(pi*-0.001783113523) q[2];
rx(pi*-0.001654367422) q[3];
rx(pi*0.000229453001) q[4];
rx(pi*0.003573261489) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.207759062517) q[0];
rx(pi*0.10241634347) q[1];
rx(pi*0.001722369011) q[2];
rx(pi*-0.003450377967) q[3];
rx(pi*0.00072752928) q[4];
rx(pi*-0.003000761199) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.032135309594) q[0];
rx(pi*0.10235847659) q[1];
rx(pi*-0.000140376507) q[2];
rx(pi*-0.004264359536) q[3];
rx(pi*0.000369316058) q[4];
rx(pi*-0.00244155369) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
