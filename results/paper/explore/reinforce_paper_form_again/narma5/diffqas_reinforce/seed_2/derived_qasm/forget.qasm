// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000601781021) q[0];
rx(pi*-0.001663958294) q[1];
rx(pi*-0.001314821198) q[2];
rx(pi*-0.007771429555) q[3];
rx(pi*0.00572864804) q[4];
rx(pi*0.003641992639) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001035848955) q[0];
rx(pi*0.002463107176) q[1];
rx(pi*0.000895124676) q[2];
rx(pi*-0.001762867082) q[3];
rx(pi*0.003111695744) q[4];
rx(pi*-0.000988532182) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001046672907) q[0];
rx(pi*-0.002521474315) q[1];
rx(pi*0.001448180642) q[2];
rx(pi*-0.000315754472) q[3];
rx(pi*0.00173571204) q[4];
rx(pi*-0.00193273187) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000403706943) q[0];
rx(pi*-0.002840194539) q[1];
rx(pi*0.002678473209) q[2];
rx(pi*0.000598540497) q[3];
rx(pi*0.001052243335) q[4];
rx(pi*0.00130667433) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.003217342525) q[0];
rx(pi*0.00249294286) q[1];
rx(pi*0.006546687702) q[2];
rx(pi*-0.00521532375) q[3];
rx(pi*-0.005504885232) q[4];
rx(pi*-0.00479002708) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
