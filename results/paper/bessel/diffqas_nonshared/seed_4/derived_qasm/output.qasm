// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
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
ry(pi*-0.143609290245) q[0];
ry(pi*-0.185106986781) q[1];
ry(pi*-0.306767037241) q[2];
ry(pi*-0.176746569618) q[3];
ry(pi*0.000715249317) q[4];
ry(pi*0.000159321092) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.075673264269) q[0];
ry(pi*-0.182841811461) q[1];
ry(pi*-0.233657697921) q[2];
ry(pi*0.05906647513) q[3];
ry(pi*-0.007573463162) q[4];
ry(pi*0.000149012257) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.005106456345) q[0];
ry(pi*-0.205132835809) q[1];
ry(pi*0.129720176459) q[2];
ry(pi*-0.070065750108) q[3];
ry(pi*-0.034061387366) q[4];
ry(pi*0.000360140511) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.077689071279) q[0];
ry(pi*-0.015110663474) q[1];
ry(pi*-0.097333506417) q[2];
ry(pi*-0.23669242686) q[3];
ry(pi*-0.024396883134) q[4];
ry(pi*-0.000276748745) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.206625687488) q[0];
ry(pi*-0.153102845278) q[1];
ry(pi*-0.121932290417) q[2];
ry(pi*-0.187527529931) q[3];
ry(pi*-0.096316178199) q[4];
ry(pi*-0.005427980385) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
