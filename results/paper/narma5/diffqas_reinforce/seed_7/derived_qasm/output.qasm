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
rx(pi*0.099254914522) q[0];
rx(pi*0.002528760739) q[1];
rx(pi*-0.001081852087) q[2];
rx(pi*0.003349029402) q[3];
rx(pi*-1.7200774e-05) q[4];
rx(pi*0.00185696524) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.09722466925) q[0];
rx(pi*0.001504704607) q[1];
rx(pi*-0.005373764573) q[2];
rx(pi*-0.006478719019) q[3];
rx(pi*-0.000969199989) q[4];
rx(pi*-0.00286466049) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.099852641451) q[0];
rx(pi*0.007546477393) q[1];
rx(pi*-0.002647472925) q[2];
rx(pi*-0.001986100283) q[3];
rx(pi*0.0006537788) q[4];
rx(pi*0.001569332752) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.100773464788) q[0];
rx(pi*-0.000254281028) q[1];
rx(pi*0.00223599553) q[2];
rx(pi*0.001654886801) q[3];
rx(pi*-0.003290307562) q[4];
rx(pi*-0.000252067405) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.099444025384) q[0];
rx(pi*-0.002955300124) q[1];
rx(pi*0.000827077063) q[2];
rx(pi*-0.002730974952) q[3];
rx(pi*0.003094172929) q[4];
rx(pi*0.000613527115) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
