// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.316916735344) q[0];
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
ry(pi*-0.009882774429) q[0];
ry(pi*-0.000818262814) q[1];
ry(pi*-0.494831192368) q[2];
ry(pi*-0.506271531555) q[3];
ry(pi*-0.00088047638) q[4];
ry(pi*-0.177268358125) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.448256663655) q[0];
ry(pi*0.055410493054) q[1];
ry(pi*0.059014024969) q[2];
ry(pi*0.001873382596) q[3];
ry(pi*-0.000510437394) q[4];
ry(pi*0.00163785876) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.002077218534) q[0];
ry(pi*0.008703526261) q[1];
ry(pi*-0.533691174196) q[2];
ry(pi*0.560884585794) q[3];
ry(pi*0.535700729687) q[4];
ry(pi*-0.330225568591) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.001600449244) q[0];
ry(pi*-0.001280091139) q[1];
ry(pi*-0.470386173002) q[2];
ry(pi*-0.501101799318) q[3];
ry(pi*-0.504126207082) q[4];
ry(pi*-0.490757705493) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.34053433516) q[0];
ry(pi*-0.500636056307) q[1];
ry(pi*-0.053845568649) q[2];
ry(pi*-0.439262556719) q[3];
ry(pi*-0.005434787452) q[4];
ry(pi*-0.002097159633) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
