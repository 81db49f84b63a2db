// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*-0.0268046932) q[0];
ry(pi*0.47223965867) q[1];
ry(pi*0.013894587424) q[2];
ry(pi*-0.246916252438) q[3];
ry(pi*0.030581987024) q[4];
ry(pi*-0.000488531096) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.222332314612) q[0];
ry(pi*-0.110018742444) q[1];
ry(pi*-0.015246988596) q[2];
ry(pi*-0.062231143675) q[3];
ry(pi*0.026196296471) q[4];
ry(pi*0.517460519781) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.021730346451) q[0];
ry(pi*-0.495208598266) q[1];
ry(pi*-0.279046619631) q[2];
ry(pi*-0.451311276034) q[3];
ry(pi*-0.003440392669) q[4];
ry(pi*0.301769653444) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.385016055966) q[0];
ry(pi*-0.168832372508) q[1];
ry(pi*-0.227633072645) q[2];
ry(pi*-0.51477420638) q[3];
ry(pi*0.006706853266) q[4];
ry(pi*-0.012870628231) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.138143497767) q[0];
ry(pi*0.44861706997) q[1];
ry(pi*-0.064804673577) q[2];
ry(pi*0.161632651132) q[3];
ry(pi*0.487362684075) q[4];
ry(pi*3.7075595e-05) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
