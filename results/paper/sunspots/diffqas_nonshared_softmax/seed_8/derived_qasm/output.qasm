// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*-0.065130127347) q[0];
ry(pi*0.959764977138) q[1];
ry(pi*0.007074798284) q[2];
ry(pi*-0.001503888779) q[3];
ry(pi*-0.490193114467) q[4];
ry(pi*-0.008606118988) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.02945391725) q[0];
ry(pi*-0.439735585265) q[1];
ry(pi*0.510126376486) q[2];
ry(pi*-0.176501157127) q[3];
ry(pi*-0.177327021861) q[4];
ry(pi*0.007154111484) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.035646389681) q[0];
ry(pi*-0.011985447572) q[1];
ry(pi*-0.064088713227) q[2];
ry(pi*-0.023809249706) q[3];
ry(pi*0.091100086053) q[4];
ry(pi*0.009639928595) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.002314450214) q[0];
ry(pi*-0.064294382555) q[1];
ry(pi*-0.072725255016) q[2];
ry(pi*-0.027964824546) q[3];
ry(pi*0.027741332693) q[4];
ry(pi*0.009372826103) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.002350015222) q[0];
ry(pi*-1.001437858539) q[1];
ry(pi*0.077066010988) q[2];
ry(pi*-0.512582588403) q[3];
ry(pi*0.080265926155) q[4];
ry(pi*0.002337414502) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
