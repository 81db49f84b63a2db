// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*-0.136495314956) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.079013720064) q[0];
ry(pi*0.004260808964) q[1];
ry(pi*-0.003642126338) q[2];
ry(pi*0.017686408445) q[3];
ry(pi*0.050835988087) q[4];
ry(pi*-0.071852831159) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002590954888) q[0];
ry(pi*-0.065117339716) q[1];
ry(pi*0.069843062225) q[2];
ry(pi*0.02091442818) q[3];
ry(pi*0.019029025607) q[4];
ry(pi*0.019051477483) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.153600149454) q[0];
ry(pi*0.087357635679) q[1];
ry(pi*-0.128474957082) q[2];
ry(pi*0.001333718351) q[3];
ry(pi*0.051958709918) q[4];
ry(pi*0.011420681049) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.054196583454) q[0];
ry(pi*0.128641850858) q[1];
ry(pi*-0.042768367853) q[2];
ry(pi*-0.034050032177) q[3];
ry(pi*-0.048374866972) q[4];
ry(pi*-0.098770606678) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.135316340174) q[0];
ry(pi*-0.18339517062) q[1];
ry(pi*-0.210714086943) q[2];
ry(pi*-0.531913807192) q[3];
ry(pi*-0.396788721802) q[4];
ry(pi*0.000561618493) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
