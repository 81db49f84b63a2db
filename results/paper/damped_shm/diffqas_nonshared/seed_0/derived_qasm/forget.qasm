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
rz(pi*-0.136495314956) q[0];
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
rx(pi*0.037287506269) q[0];
rx(pi*0.107795620219) q[1];
rx(pi*-0.008061480178) q[2];
rx(pi*-0.051023196931) q[3];
rx(pi*-0.020548244663) q[4];
rx(pi*-0.003084429831) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.123460858294) q[0];
rx(pi*0.047108511954) q[1];
rx(pi*0.054450595343) q[2];
rx(pi*-0.039631736286) q[3];
rx(pi*-0.016870085816) q[4];
rx(pi*-0.001255953357) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.018456154163) q[0];
rx(pi*0.159232712385) q[1];
rx(pi*-0.010458182886) q[2];
rx(pi*-0.050594313227) q[3];
rx(pi*-0.014942023021) q[4];
rx(pi*0.002288187632) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.304293104778) q[0];
rx(pi*0.092866885237) q[1];
rx(pi*0.050623592919) q[2];
rx(pi*-0.046084097415) q[3];
rx(pi*-0.020788648349) q[4];
rx(pi*0.000390115637) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.108274549289) q[0];
rx(pi*0.090034310924) q[1];
rx(pi*-0.014178594042) q[2];
rx(pi*-0.051790796358) q[3];
rx(pi*-0.02114089164) q[4];
rx(pi*0.0011696716) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
