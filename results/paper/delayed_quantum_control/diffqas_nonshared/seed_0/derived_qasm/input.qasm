// DiffQAS-QLSTM derived circuit, input gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.077224618416) q[0];
ry(pi*-0.196377311175) q[1];
ry(pi*-0.171831660355) q[2];
ry(pi*-0.003129506707) q[3];
ry(pi*-0.064728403131) q[4];
ry(pi*0.062526966757) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.078464553882) q[0];
ry(pi*0.017447068418) q[1];
ry(pi*0.027301138859) q[2];
ry(pi*-0.297765929362) q[3];
ry(pi*0.073232946771) q[4];
ry(pi*0.067152745575) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.020874307933) q[0];
ry(pi*-0.022081584186) q[1];
ry(pi*-0.370823302326) q[2];
ry(pi*-0.10183967629) q[3];
ry(pi*-0.009813586155) q[4];
ry(pi*-0.173636841407) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.017053753872) q[0];
ry(pi*-0.3509178923) q[1];
ry(pi*-0.112679385717) q[2];
ry(pi*-0.205048179408) q[3];
ry(pi*0.140385905789) q[4];
ry(pi*-0.261547409359) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001555895452) q[0];
ry(pi*0.054172563955) q[1];
ry(pi*-0.081191597029) q[2];
ry(pi*-0.210795024685) q[3];
ry(pi*0.004574978989) q[4];
ry(pi*-0.003388636792) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
