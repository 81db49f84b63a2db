// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*0.516099452806) q[0];
ry(pi*-0.49712351769) q[1];
ry(pi*-0.014824733494) q[2];
ry(pi*-0.005358499812) q[3];
ry(pi*0.499659491038) q[4];
ry(pi*0.628626895273) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.426426544267) q[0];
ry(pi*0.010002759864) q[1];
ry(pi*-0.026985743016) q[2];
ry(pi*-0.022006750926) q[3];
ry(pi*-0.004000348712) q[4];
ry(pi*-0.013458592496) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.008181704551) q[0];
ry(pi*0.017764105404) q[1];
ry(pi*0.527144134313) q[2];
ry(pi*0.02210662347) q[3];
ry(pi*0.4871160763) q[4];
ry(pi*0.477442099924) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.00663033321) q[0];
ry(pi*0.483509774364) q[1];
ry(pi*-0.012652470092) q[2];
ry(pi*0.006679911965) q[3];
ry(pi*-0.008891573464) q[4];
ry(pi*-0.381212361563) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.027354845964) q[0];
ry(pi*-0.02419950964) q[1];
ry(pi*0.00728359278) q[2];
ry(pi*-0.019837091533) q[3];
ry(pi*-0.013099275928) q[4];
ry(pi*0.005796699136) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
