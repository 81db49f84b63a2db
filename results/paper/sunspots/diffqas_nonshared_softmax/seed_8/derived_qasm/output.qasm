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
ry(pi*-0.065130122604) q[0];
ry(pi*0.959765053029) q[1];
ry(pi*0.007074668439) q[2];
ry(pi*-0.001503835863) q[3];
ry(pi*-0.490193645704) q[4];
ry(pi*-0.008605061258) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.029454133065) q[0];
ry(pi*-0.439736002665) q[1];
ry(pi*0.510125655522) q[2];
ry(pi*-0.176501119181) q[3];
ry(pi*-0.177327059806) q[4];
ry(pi*0.007154128085) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.035646271102) q[0];
ry(pi*-0.011985345594) q[1];
ry(pi*-0.064088713227) q[2];
ry(pi*-0.023808995946) q[3];
ry(pi*0.091100389617) q[4];
ry(pi*0.009639709815) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.002314583468) q[0];
ry(pi*-0.064293993613) q[1];
ry(pi*-0.072725169638) q[2];
ry(pi*-0.027964871978) q[3];
ry(pi*0.027741434671) q[4];
ry(pi*0.009372800015) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.002350005143) q[0];
ry(pi*-1.001437706757) q[1];
ry(pi*0.077065759599) q[2];
ry(pi*-0.512582588403) q[3];
ry(pi*0.080266590201) q[4];
ry(pi*0.00233691039) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
