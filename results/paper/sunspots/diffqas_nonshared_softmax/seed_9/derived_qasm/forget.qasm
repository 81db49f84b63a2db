// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*0.002347962905) q[0];
ry(pi*0.02331469895) q[1];
ry(pi*-0.249584959128) q[2];
ry(pi*0.021901715423) q[3];
ry(pi*-0.016888935241) q[4];
ry(pi*-0.004383346826) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.211452449365) q[0];
ry(pi*-0.500039439283) q[1];
ry(pi*0.498799570222) q[2];
ry(pi*-0.010865199313) q[3];
ry(pi*-0.439287562801) q[4];
ry(pi*0.00111141274) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.012040202922) q[0];
ry(pi*0.651329115982) q[1];
ry(pi*-0.000968712923) q[2];
ry(pi*0.007586421549) q[3];
ry(pi*0.023235141476) q[4];
ry(pi*0.012200758614) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.007394025436) q[0];
ry(pi*0.005676834652) q[1];
ry(pi*-0.021867185022) q[2];
ry(pi*-0.497941394898) q[3];
ry(pi*0.015467437694) q[4];
ry(pi*0.038508407327) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.420009960996) q[0];
ry(pi*0.275058016829) q[1];
ry(pi*-0.086191001424) q[2];
ry(pi*0.031222405008) q[3];
ry(pi*0.000679042941) q[4];
ry(pi*0.003219379427) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
