// DiffQAS-QLSTM derived circuit, input gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.00055402491) q[0];
rz(pi*0.000310870768) q[1];
rz(pi*0.001722131703) q[2];
rz(pi*0.000325585431) q[3];
rz(pi*-0.001582109712) q[4];
rz(pi*-0.000743657079) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002926170138) q[0];
rz(pi*-0.000522286875) q[1];
rz(pi*-0.002884145502) q[2];
rz(pi*-0.003011351846) q[3];
rz(pi*0.00099045132) q[4];
rz(pi*0.001845215773) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.003903586809) q[0];
rz(pi*-0.000890159374) q[1];
rz(pi*0.004372108438) q[2];
rz(pi*-0.000973962964) q[3];
rz(pi*-0.000619611698) q[4];
rz(pi*-0.001660847208) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001722544953) q[0];
rz(pi*0.00334273045) q[1];
rz(pi*1.5903623e-05) q[2];
rz(pi*-0.001459640774) q[3];
rz(pi*-0.00468847693) q[4];
rz(pi*0.000547908126) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.00097517848) q[0];
rz(pi*-0.000538038147) q[1];
rz(pi*-0.001870104016) q[2];
rz(pi*-0.002627890085) q[3];
rz(pi*-0.001249794773) q[4];
rz(pi*0.001462792325) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
