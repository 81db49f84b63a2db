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
rx(pi*-0.099557918789) q[0];
rx(pi*-0.01083702834) q[1];
rx(pi*0.005470396334) q[2];
rx(pi*-0.000728100982) q[3];
rx(pi*0.000983444669) q[4];
rx(pi*-0.000486167322) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.105013437525) q[0];
rx(pi*-0.005046120636) q[1];
rx(pi*-0.003779103944) q[2];
rx(pi*0.003359191977) q[3];
rx(pi*-0.005599792252) q[4];
rx(pi*-0.001941845015) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.094408734037) q[0];
rx(pi*-0.009657940847) q[1];
rx(pi*0.000977168692) q[2];
rx(pi*0.001904131639) q[3];
rx(pi*0.000664804412) q[4];
rx(pi*-0.008521262781) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.111594960377) q[0];
rx(pi*-0.006450227288) q[1];
rx(pi*0.000129315506) q[2];
rx(pi*-0.003097241178) q[3];
rx(pi*-0.003889609527) q[4];
rx(pi*0.003841613218) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.089481729648) q[0];
rx(pi*-0.009910732552) q[1];
rx(pi*-0.001890150947) q[2];
rx(pi*-0.001756433393) q[3];
rx(pi*0.001353280292) q[4];
rx(pi*0.001429689624) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
