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
rx(pi*-0.155527353733) q[0];
rx(pi*0.005677744158) q[1];
rx(pi*-0.008127377867) q[2];
rx(pi*-0.00043909612) q[3];
rx(pi*0.003226775538) q[4];
rx(pi*0.004303990048) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.156872777676) q[0];
rx(pi*0.004788490881) q[1];
rx(pi*0.000922967035) q[2];
rx(pi*0.001754754157) q[3];
rx(pi*0.000568928263) q[4];
rx(pi*-0.003418187143) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.161574139178) q[0];
rx(pi*0.001231249283) q[1];
rx(pi*-0.001846805037) q[2];
rx(pi*0.004047480871) q[3];
rx(pi*0.004113780248) q[4];
rx(pi*0.005725717343) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.159037112842) q[0];
rx(pi*0.004427493742) q[1];
rx(pi*-0.002883387481) q[2];
rx(pi*-0.002598412068) q[3];
rx(pi*0.000258790891) q[4];
rx(pi*0.000895811845) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.163969296792) q[0];
rx(pi*-0.005486063081) q[1];
rx(pi*0.001130248454) q[2];
rx(pi*-0.002744427816) q[3];
rx(pi*0.003846322017) q[4];
rx(pi*0.001255879986) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
