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
rx(pi*0.003087774667) q[0];
rx(pi*0.000689817238) q[1];
rx(pi*0.005166849565) q[2];
rx(pi*0.003397759719) q[3];
rx(pi*-0.000126690504) q[4];
rx(pi*0.005843526842) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.003442999643) q[0];
rx(pi*0.004388850405) q[1];
rx(pi*0.006344750669) q[2];
rx(pi*-0.000389077731) q[3];
rx(pi*-7.755482e-06) q[4];
rx(pi*0.003323097807) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.004923349764) q[0];
rx(pi*0.001973374016) q[1];
rx(pi*0.00118394837) q[2];
rx(pi*0.003388293504) q[3];
rx(pi*0.001187730395) q[4];
rx(pi*-0.003468167586) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000417696639) q[0];
rx(pi*0.000562352279) q[1];
rx(pi*-0.004286517037) q[2];
rx(pi*0.001742628496) q[3];
rx(pi*-0.001997219647) q[4];
rx(pi*0.002741866495) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.004427967764) q[0];
rx(pi*-0.002367239216) q[1];
rx(pi*-0.004216155416) q[2];
rx(pi*0.004559183287) q[3];
rx(pi*0.004414068152) q[4];
rx(pi*0.005049080384) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
