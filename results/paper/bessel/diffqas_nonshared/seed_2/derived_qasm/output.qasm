// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rx(pi*-0.001364720414) q[0];
rx(pi*-0.000480621535) q[1];
rx(pi*-0.00118051497) q[2];
rx(pi*0.00592131155) q[3];
rx(pi*0.001317853429) q[4];
rx(pi*0.001721563706) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.003990786447) q[0];
rx(pi*-0.00132259202) q[1];
rx(pi*-0.000707336273) q[2];
rx(pi*-0.000891225183) q[3];
rx(pi*-0.002842749634) q[4];
rx(pi*-4.999754e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.004051750629) q[0];
rx(pi*0.002485559052) q[1];
rx(pi*0.014343924937) q[2];
rx(pi*-0.000131816666) q[3];
rx(pi*0.005170771588) q[4];
rx(pi*0.000566174917) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.006736116951) q[0];
rx(pi*-0.001598301915) q[1];
rx(pi*0.004770661241) q[2];
rx(pi*-0.004726363136) q[3];
rx(pi*9.7238176e-05) q[4];
rx(pi*0.000755886793) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.001972530618) q[0];
rx(pi*0.003661414211) q[1];
rx(pi*0.00024816265) q[2];
rx(pi*0.003366233534) q[3];
rx(pi*-1.3577104e-05) q[4];
rx(pi*-0.004447264235) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
