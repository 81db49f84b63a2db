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
rx(pi*0.100070600377) q[0];
rx(pi*6.6221036e-05) q[1];
rx(pi*-0.000301873369) q[2];
rx(pi*-0.000823930033) q[3];
rx(pi*0.003360508211) q[4];
rx(pi*-0.007164688791) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.097871497651) q[0];
rx(pi*-0.000645175993) q[1];
rx(pi*-0.004537062546) q[2];
rx(pi*0.001059396506) q[3];
rx(pi*-0.00207308707) q[4];
rx(pi*0.002745241866) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.096878606332) q[0];
rx(pi*0.0013798036) q[1];
rx(pi*0.003879692709) q[2];
rx(pi*0.001218906547) q[3];
rx(pi*-0.002787512851) q[4];
rx(pi*-0.004820213018) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.103897062077) q[0];
rx(pi*-0.00110444396) q[1];
rx(pi*-0.002191791845) q[2];
rx(pi*0.000459190631) q[3];
rx(pi*-0.000609280963) q[4];
rx(pi*0.002712454289) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.097389400132) q[0];
rx(pi*-0.000706414835) q[1];
rx(pi*-0.002274580615) q[2];
rx(pi*0.001494678251) q[3];
rx(pi*-0.003290903425) q[4];
rx(pi*0.002119590016) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
