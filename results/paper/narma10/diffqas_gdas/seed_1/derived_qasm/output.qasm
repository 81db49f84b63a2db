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
rz(pi*0.030359911972) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000136099662) q[0];
ry(pi*0.000482670259) q[1];
ry(pi*0.003106427842) q[2];
ry(pi*0.000123726855) q[3];
ry(pi*-0.000295700686) q[4];
ry(pi*-0.000156806869) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000295367495) q[0];
ry(pi*-0.000126697239) q[1];
ry(pi*-0.00081946536) q[2];
ry(pi*0.007226884423) q[3];
ry(pi*-0.009202383831) q[4];
ry(pi*0.005808365004) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.026367262272) q[0];
ry(pi*-0.001437240185) q[1];
ry(pi*-0.023364054181) q[2];
ry(pi*-4.3880125e-05) q[3];
ry(pi*-0.000190186825) q[4];
ry(pi*0.002600973092) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000751576348) q[0];
ry(pi*0.0003025648) q[1];
ry(pi*-0.004873998979) q[2];
ry(pi*-0.008594949969) q[3];
ry(pi*-0.000557044023) q[4];
ry(pi*-2.5710088e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.02659068772) q[0];
ry(pi*-0.161682037194) q[1];
ry(pi*0.007908808256) q[2];
ry(pi*0.037656445578) q[3];
ry(pi*-0.000495944957) q[4];
ry(pi*0.001872390232) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
