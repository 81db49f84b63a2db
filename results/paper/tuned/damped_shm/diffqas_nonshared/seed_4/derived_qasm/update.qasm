// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.01203272766) q[0];
ry(pi*-0.102016265139) q[1];
ry(pi*-0.186662562364) q[2];
ry(pi*0.118473881049) q[3];
ry(pi*-0.057256195152) q[4];
ry(pi*-0.145605242276) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.087651485596) q[0];
ry(pi*-0.064200329901) q[1];
ry(pi*-0.184776690216) q[2];
ry(pi*-0.015872614951) q[3];
ry(pi*0.034555048775) q[4];
ry(pi*-0.191431912707) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.216081894667) q[0];
ry(pi*-0.172234774325) q[1];
ry(pi*0.366612528648) q[2];
ry(pi*0.040338442678) q[3];
ry(pi*0.052581997882) q[4];
ry(pi*-0.063013001121) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.078235438981) q[0];
ry(pi*0.004839383498) q[1];
ry(pi*-0.096515875855) q[2];
ry(pi*0.173674862793) q[3];
ry(pi*-0.2174477238) q[4];
ry(pi*0.101344857544) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.163955219013) q[0];
ry(pi*0.022047793723) q[1];
ry(pi*0.20931173527) q[2];
ry(pi*0.046225178767) q[3];
ry(pi*0.127898745249) q[4];
ry(pi*-0.001422801331) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
