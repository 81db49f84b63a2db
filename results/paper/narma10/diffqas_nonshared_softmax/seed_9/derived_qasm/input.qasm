// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*-0.009136244239) q[0];
ry(pi*0.01664725801) q[1];
ry(pi*0.025358720808) q[2];
ry(pi*0.046502455988) q[3];
ry(pi*0.12236255439) q[4];
ry(pi*0.007675389506) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.014807234692) q[0];
ry(pi*-0.004846824076) q[1];
ry(pi*-0.00010887313) q[2];
ry(pi*-0.009015026169) q[3];
ry(pi*-0.00787576188) q[4];
ry(pi*0.000968383568) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.013234448455) q[0];
ry(pi*0.008429087244) q[1];
ry(pi*-0.00971170665) q[2];
ry(pi*-0.006214763631) q[3];
ry(pi*-0.091720248257) q[4];
ry(pi*0.006823497719) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.004878352039) q[0];
ry(pi*0.004626350668) q[1];
ry(pi*-0.000381254326) q[2];
ry(pi*-0.03084982056) q[3];
ry(pi*-0.009051650094) q[4];
ry(pi*0.000403528629) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.05389132143) q[0];
ry(pi*0.016123610173) q[1];
ry(pi*0.026362694583) q[2];
ry(pi*0.092913586655) q[3];
ry(pi*0.00676776053) q[4];
ry(pi*-0.004223922088) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
