// DiffQAS-QLSTM derived circuit, output gate
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
rx(pi*0.079486933594) q[0];
rx(pi*-0.499343860408) q[1];
rx(pi*-0.015320378741) q[2];
rx(pi*-0.090006743522) q[3];
rx(pi*-0.148457557732) q[4];
rx(pi*-0.001076466717) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.408914166908) q[0];
rx(pi*-0.012373753313) q[1];
rx(pi*-0.50388362153) q[2];
rx(pi*-0.143362929117) q[3];
rx(pi*0.324747680986) q[4];
rx(pi*0.001629455463) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.414650728955) q[0];
rx(pi*-0.047413641169) q[1];
rx(pi*0.164729212256) q[2];
rx(pi*-0.097307371457) q[3];
rx(pi*-0.151483236671) q[4];
rx(pi*-0.000581959428) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.053952195491) q[0];
rx(pi*0.023719081723) q[1];
rx(pi*0.379582792264) q[2];
rx(pi*-0.065327088184) q[3];
rx(pi*0.328576077907) q[4];
rx(pi*0.000825555241) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.37993830361) q[0];
rx(pi*0.036827742046) q[1];
rx(pi*-0.018574436201) q[2];
rx(pi*-0.084246408621) q[3];
rx(pi*-0.145340136072) q[4];
rx(pi*-0.005921591398) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
