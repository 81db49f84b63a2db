// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rx(pi*-0.136495314956) q[0];
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
ry(pi*-0.25582775203) q[0];
ry(pi*0.070290653059) q[1];
ry(pi*-0.063525621048) q[2];
ry(pi*0.206964275143) q[3];
ry(pi*0.173349688871) q[4];
ry(pi*-2.5706287e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.219985689287) q[0];
ry(pi*0.251178195616) q[1];
ry(pi*0.080814741341) q[2];
ry(pi*0.006472982134) q[3];
ry(pi*-0.006055871612) q[4];
ry(pi*-3.743376e-06) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.041136004816) q[0];
ry(pi*0.028389662312) q[1];
ry(pi*-0.008846331761) q[2];
ry(pi*-0.192168738336) q[3];
ry(pi*-0.038790105198) q[4];
ry(pi*1.2158761e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.018602692551) q[0];
ry(pi*0.030660875709) q[1];
ry(pi*0.097174097391) q[2];
ry(pi*-0.091439707723) q[3];
ry(pi*-0.038979984457) q[4];
ry(pi*5.9995e-06) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.0291601954) q[0];
ry(pi*-0.057122375619) q[1];
ry(pi*0.116688336791) q[2];
ry(pi*0.183767055447) q[3];
ry(pi*0.281072112229) q[4];
ry(pi*-0.000999071024) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
