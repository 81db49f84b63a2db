// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.026303643375) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001586154317) q[0];
rz(pi*0.001305538188) q[1];
rz(pi*-0.00367310676) q[2];
rz(pi*0.000196785802) q[3];
rz(pi*-0.005490778402) q[4];
rz(pi*-0.001639001275) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001719440834) q[0];
rz(pi*0.00173289103) q[1];
rz(pi*0.000449161718) q[2];
rz(pi*-0.000683188931) q[3];
rz(pi*0.002538063018) q[4];
rz(pi*0.000479345025) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001580824901) q[0];
rz(pi*0.002307436374) q[1];
rz(pi*-0.000345442413) q[2];
rz(pi*-0.001069687739) q[3];
rz(pi*0.000903873336) q[4];
rz(pi*-0.001463810628) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001094017546) q[0];
rz(pi*0.003384027007) q[1];
rz(pi*0.002576679674) q[2];
rz(pi*-0.001353795224) q[3];
rz(pi*-0.004227232536) q[4];
rz(pi*-0.000321525819) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000544257021) q[0];
rz(pi*0.003370122651) q[1];
rz(pi*-0.001362355046) q[2];
rz(pi*-0.000810706547) q[3];
rz(pi*0.002190301595) q[4];
rz(pi*-0.001664571054) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
