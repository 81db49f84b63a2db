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
rx(pi*-0.096864101666) q[0];
rx(pi*-0.018696376422) q[1];
rx(pi*0.00554368628) q[2];
rx(pi*-0.001233028126) q[3];
rx(pi*0.000855984416) q[4];
rx(pi*-0.000486711232) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.108096376216) q[0];
rx(pi*-0.013261466833) q[1];
rx(pi*-0.003620109946) q[2];
rx(pi*0.002736597704) q[3];
rx(pi*-0.005730594525) q[4];
rx(pi*-0.001941996352) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.092463259002) q[0];
rx(pi*-0.017353951358) q[1];
rx(pi*0.000924200115) q[2];
rx(pi*0.001403751654) q[3];
rx(pi*0.000537944654) q[4];
rx(pi*-0.008521170289) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.114054663279) q[0];
rx(pi*-0.014171901405) q[1];
rx(pi*0.000296050384) q[2];
rx(pi*-0.003710929525) q[3];
rx(pi*-0.00401923045) q[4];
rx(pi*0.003841586241) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.088732372518) q[0];
rx(pi*-0.017697585765) q[1];
rx(pi*-0.001815278408) q[2];
rx(pi*-0.002262114482) q[3];
rx(pi*0.001226371064) q[4];
rx(pi*0.001429648121) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
