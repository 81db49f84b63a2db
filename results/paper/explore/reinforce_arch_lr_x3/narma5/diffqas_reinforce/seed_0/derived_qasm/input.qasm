// DiffQAS-QLSTM derived circuit, input gate
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
rx(pi*0.030359911972) q[0];
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
rz(pi*-0.00298973744) q[0];
rz(pi*0.003599263343) q[1];
rz(pi*0.002893701245) q[2];
rz(pi*-0.009533390688) q[3];
rz(pi*-0.000280969199) q[4];
rz(pi*0.004909046684) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002476636672) q[0];
rz(pi*-0.001404772032) q[1];
rz(pi*-0.000740998819) q[2];
rz(pi*-0.004147736427) q[3];
rz(pi*0.000656652282) q[4];
rz(pi*-0.005707841458) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.00323183059) q[0];
rz(pi*0.003562407892) q[1];
rz(pi*-6.5463076e-05) q[2];
rz(pi*-0.001156820454) q[3];
rz(pi*-0.000337123271) q[4];
rz(pi*0.008727717107) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.003295105) q[0];
rz(pi*-0.00246894515) q[1];
rz(pi*0.0053054277) q[2];
rz(pi*-0.000282645064) q[3];
rz(pi*0.002354595362) q[4];
rz(pi*-0.001867301682) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002985289813) q[0];
rz(pi*0.002552567091) q[1];
rz(pi*-0.002447441467) q[2];
rz(pi*-0.002487013283) q[3];
rz(pi*0.002857893741) q[4];
rz(pi*-0.003698981141) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
