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
ry(pi*-0.00048522239) q[0];
ry(pi*-0.055494177101) q[1];
ry(pi*-0.025395364299) q[2];
ry(pi*-0.002832054934) q[3];
ry(pi*0.039210047996) q[4];
ry(pi*-0.002683704055) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.001999547069) q[0];
ry(pi*-0.002030999142) q[1];
ry(pi*0.028641836217) q[2];
ry(pi*-0.008552381052) q[3];
ry(pi*-0.000918931694) q[4];
ry(pi*0.00969648517) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.001817596937) q[0];
ry(pi*-0.036639361634) q[1];
ry(pi*-0.000444082284) q[2];
ry(pi*0.012602252786) q[3];
ry(pi*-0.005191974819) q[4];
ry(pi*0.006417172611) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.000608725713) q[0];
ry(pi*0.026685506399) q[1];
ry(pi*0.009392697684) q[2];
ry(pi*-0.00060686027) q[3];
ry(pi*0.000836885307) q[4];
ry(pi*-0.003976049662) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.000876050765) q[0];
ry(pi*-0.025651131167) q[1];
ry(pi*-0.000496951661) q[2];
ry(pi*0.005756480468) q[3];
ry(pi*-0.001498433521) q[4];
ry(pi*0.002376117573) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
