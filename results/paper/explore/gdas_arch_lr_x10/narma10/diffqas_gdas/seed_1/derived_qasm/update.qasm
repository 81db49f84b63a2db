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
rx(pi*0.088282813262) q[0];
rx(pi*-0.028379943522) q[1];
rx(pi*0.003930226326) q[2];
rx(pi*-0.000201439147) q[3];
rx(pi*-0.001149976183) q[4];
rx(pi*0.006157558425) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.121611859682) q[0];
rx(pi*-0.034743682947) q[1];
rx(pi*0.000675533649) q[2];
rx(pi*0.00752060153) q[3];
rx(pi*0.002259408939) q[4];
rx(pi*0.003323011836) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.082412493343) q[0];
rx(pi*-0.032194694294) q[1];
rx(pi*0.00417616709) q[2];
rx(pi*-0.000931849171) q[3];
rx(pi*0.004557420008) q[4];
rx(pi*0.001895720931) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.124008307443) q[0];
rx(pi*-0.025002607077) q[1];
rx(pi*-0.001197757121) q[2];
rx(pi*-0.001079899673) q[3];
rx(pi*0.000755421961) q[4];
rx(pi*0.00111804075) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.08401729372) q[0];
rx(pi*-0.026410757296) q[1];
rx(pi*0.001155692168) q[2];
rx(pi*-9.9531646e-05) q[3];
rx(pi*0.002407442765) q[4];
rx(pi*-0.000829525659) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
