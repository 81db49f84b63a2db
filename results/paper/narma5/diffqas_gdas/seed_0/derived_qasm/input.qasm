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
rx(pi*0.097918644929) q[0];
rx(pi*0.001099572485) q[1];
rx(pi*-0.002963667699) q[2];
rx(pi*0.000728787632) q[3];
rx(pi*-0.000131522079) q[4];
rx(pi*0.001030069159) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.098292778027) q[0];
rx(pi*0.007601702318) q[1];
rx(pi*0.002615305521) q[2];
rx(pi*-0.003448913508) q[3];
rx(pi*0.002954157609) q[4];
rx(pi*-0.003334151804) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.097024184225) q[0];
rx(pi*0.001160814069) q[1];
rx(pi*0.002069545836) q[2];
rx(pi*0.002435147868) q[3];
rx(pi*0.000971942663) q[4];
rx(pi*-0.005943528044) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.101566079782) q[0];
rx(pi*-0.000493782212) q[1];
rx(pi*-0.008752699473) q[2];
rx(pi*0.007449238504) q[3];
rx(pi*0.005415772015) q[4];
rx(pi*-0.002788811002) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.096084596841) q[0];
rx(pi*-0.00181643456) q[1];
rx(pi*-0.00722192127) q[2];
rx(pi*0.00316734311) q[3];
rx(pi*0.001110358789) q[4];
rx(pi*0.000425104052) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
