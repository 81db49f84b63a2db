// DiffQAS-QLSTM derived circuit, output gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.068945181683) q[0];
ry(pi*0.11774503346) q[1];
ry(pi*-0.044912876498) q[2];
ry(pi*-0.004419909683) q[3];
ry(pi*0.015117346625) q[4];
ry(pi*0.132079105612) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.097770496228) q[0];
ry(pi*-0.498831178819) q[1];
ry(pi*-0.033554127241) q[2];
ry(pi*0.32382112788) q[3];
ry(pi*0.003452276724) q[4];
ry(pi*-0.008724246873) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.004620034522) q[0];
ry(pi*-0.13252970837) q[1];
ry(pi*0.007665823091) q[2];
ry(pi*0.023108016951) q[3];
ry(pi*0.057800675065) q[4];
ry(pi*0.020470086429) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.11842095657) q[0];
ry(pi*-0.185167377036) q[1];
ry(pi*0.422872493278) q[2];
ry(pi*-0.013174122232) q[3];
ry(pi*0.365642452059) q[4];
ry(pi*0.219323635256) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.062055142981) q[0];
ry(pi*0.012073262935) q[1];
ry(pi*-0.020340267774) q[2];
ry(pi*-0.579009669067) q[3];
ry(pi*-0.023540182941) q[4];
ry(pi*-0.000213253814) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
